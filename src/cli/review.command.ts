import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseDocs, scoreAffinity } from '../modules/review/affinity.ts';

/**
 * `seedline review affinity`: scores proposals against reviewers' past work in the OpenReview
 * expertise layout (submissions: a JSON object keyed by id or JSON lines of {id, content: {title,
 * abstract}}; DIR/<reviewer-id>.jsonl, one publication a line) and writes submission,reviewer,score.
 */
export async function reviewAffinityCommand(opts: { submissions: string; archives: string; out: string }) {
  const submissions = parseDocs(readFileSync(opts.submissions, 'utf8'));
  const files = readdirSync(opts.archives)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  const archives = files.map((f) => ({
    reviewerId: basename(f, '.jsonl'),
    papers: parseDocs(readFileSync(join(opts.archives, f), 'utf8')),
  }));
  if (submissions.length === 0) throw new Error(`no submissions in ${opts.submissions}`);
  if (archives.length === 0) throw new Error(`no <reviewer-id>.jsonl files in ${opts.archives}`);
  const scores = scoreAffinity(submissions, archives);
  const csv = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  writeFileSync(opts.out, `${scores.map((s) => `${csv(s.submission)},${csv(s.reviewer)},${s.score.toFixed(6)}`).join('\n')}\n`);
  console.log(`Scored ${submissions.length} submissions against ${archives.length} reviewers (${scores.length} lines) into ${opts.out}.`);
}
