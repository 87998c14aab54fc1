import { Box, type BoxProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways inside its box on narrow screens. The box is a named,
 * focusable region so keyboard users can scroll it too (WCAG 2.1.1).
 */
export function ScrollTable({ minWidth, label, children, ...box }: { minWidth: number; label: string; children: ReactNode } & BoxProps) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <Box className="table-scroll" tabIndex={0} role="region" aria-label={label} {...box}>
      <div style={{ minWidth }}>{children}</div>
    </Box>
  );
}
