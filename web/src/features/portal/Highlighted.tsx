import { Mark } from '@mantine/core';
import type { Range } from '../../api/portal/queries.ts';

/** Text with the server's match offsets marked. */
export function Highlighted({ text, marks }: { text: string; marks: Range[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [s, e] of marks) {
    if (s < at || e > text.length) continue;
    if (s > at) parts.push(text.slice(at, s));
    parts.push(<Mark key={s}>{text.slice(s, e)}</Mark>);
    at = e;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
