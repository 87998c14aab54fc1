import { createTheme } from '@mantine/core';

const sans =
  '"Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP", "Noto Sans CJK JP", "Yu Gothic UI", Meiryo, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export const theme = createTheme({
  primaryColor: 'teal',
  // Shade 9 keeps white text on filled buttons and teal links on white above 4.5:1 (WCAG AA).
  primaryShade: 9,
  autoContrast: true,
  fontFamily: sans,
  headings: { fontFamily: sans, fontWeight: '700' },
  defaultRadius: 'sm',
  components: {
    Table: { defaultProps: { verticalSpacing: 'xs', horizontalSpacing: 'sm' } },
    // Japanese has no case, and upper-cased English labels are hard to read in tables.
    Badge: { styles: { root: { textTransform: 'none', overflow: 'visible' }, label: { overflow: 'visible' } } },
  },
});
