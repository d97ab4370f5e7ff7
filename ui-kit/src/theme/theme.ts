import { createTheme, type MantineColorsTuple } from '@mantine/core';

/**
 * Design tokens. A calm, slightly desaturated blue (trustworthy, not alarming: red is kept for
 * real problems), compact density for screens people work in all day: 13px controls and table
 * text, 14px body, tight table rows.
 */
const handoffBlue: MantineColorsTuple = [
  '#edf4fc',
  '#dbe7f5',
  '#b3cdea',
  '#88b1df',
  '#6599d6',
  '#4f8ad1',
  '#4382cf',
  '#346fb8',
  '#2a63a5',
  '#1b5593',
];

export const handoffTheme = createTheme({
  primaryColor: 'handoff',
  primaryShade: { light: 7, dark: 5 },
  colors: { handoff: handoffBlue },
  fontFamily:
    'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
  fontSizes: { xs: '12px', sm: '13px', md: '14px', lg: '16px', xl: '18px' },
  lineHeights: { xs: '1.4', sm: '1.45', md: '1.5', lg: '1.55', xl: '1.6' },
  spacing: { xs: '8px', sm: '10px', md: '14px', lg: '18px', xl: '24px' },
  radius: { xs: '2px', sm: '4px', md: '6px', lg: '8px', xl: '12px' },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  headings: {
    fontWeight: '600',
    sizes: {
      h1: { fontSize: '22px', lineHeight: '1.3' },
      h2: { fontSize: '18px', lineHeight: '1.35' },
      h3: { fontSize: '16px', lineHeight: '1.4' },
      h4: { fontSize: '14px', lineHeight: '1.45' },
      h5: { fontSize: '13px', lineHeight: '1.5' },
      h6: { fontSize: '12px', lineHeight: '1.5' },
    },
  },
  components: {
    // No "*" after required labels: it becomes part of the label text ("Email *"), which breaks
    // exact label matching in tests and reads oddly. Required inputs still carry `required`
    // (announced by screen readers) and forms say which fields are required.
    Button: { defaultProps: { size: 'sm' } },
    ActionIcon: { defaultProps: { size: 'md', variant: 'subtle' } },
    TextInput: { defaultProps: { size: 'sm', withAsterisk: false } },
    PasswordInput: { defaultProps: { size: 'sm', withAsterisk: false } },
    Select: { defaultProps: { size: 'sm', withAsterisk: false } },
    NativeSelect: { defaultProps: { size: 'sm', withAsterisk: false } },
    Textarea: { defaultProps: { size: 'sm', withAsterisk: false } },
    NumberInput: { defaultProps: { size: 'sm', withAsterisk: false } },
    Badge: {
      defaultProps: { size: 'sm', radius: 'sm', variant: 'light' },
      styles: { root: { textTransform: 'none' } },
    },
    Table: { defaultProps: { fz: 'sm', verticalSpacing: 6, horizontalSpacing: 'sm' } },
    Tooltip: { defaultProps: { fz: 'xs', withArrow: true, openDelay: 200 } },
    Menu: { defaultProps: { shadow: 'md', withinPortal: true } },
    Paper: { defaultProps: { radius: 'md' } },
    Modal: {
      defaultProps: { radius: 'md' },
      styles: { title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } },
    },
    Drawer: {
      defaultProps: { size: 'lg' },
      styles: { title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } },
    },
    Fieldset: {
      styles: {
        legend: {
          fontSize: 'var(--mantine-font-size-xs)',
          fontWeight: 600,
          textTransform: 'uppercase',
          letterSpacing: '0.04em',
          color: 'var(--mantine-color-gray-6)',
          marginBottom: 'var(--mantine-spacing-xs)',
        },
      },
    },
    Alert: { defaultProps: { radius: 'sm' } },
  },
});
