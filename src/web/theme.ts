import { createTheme, type MantineColorsTuple } from '@mantine/core';

/**
 * Mantine's default palettes put text and white-on-colour buttons below the WCAG 2.1 AA contrast
 * of 4.5:1 (teal.6 #12b886 with white text is 2.55:1; red.6 text on white 3.28:1; gray.6, the
 * "dimmed" text, 3.32:1). Shades 0–5 stay as Mantine has them (tints and backgrounds); shades 6–9,
 * used for text, filled buttons, badges and the light variant's text, are darkened until each reaches
 * at least 4.5:1 against white and against its own 0-shade tint (checked by axe in the browser tests).
 */
function withReadableShades(tints: readonly [string, string, string, string, string, string], dark: readonly [string, string, string, string]): MantineColorsTuple {
  return [...tints, ...dark] as unknown as MantineColorsTuple;
}

export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 6,
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  colors: {
    teal: withReadableShades(['#e6fcf5', '#c3fae8', '#96f2d7', '#63e6be', '#38d9a9', '#20c997'], ['#0b7a5c', '#0a6e52', '#09614a', '#075440']),
    red: withReadableShades(['#fff5f5', '#ffe3e3', '#ffc9c9', '#ffa8a8', '#ff8787', '#ff6b6b'], ['#c92a2a', '#b02525', '#9c2020', '#861b1b']),
    orange: withReadableShades(['#fff4e6', '#ffe8cc', '#ffd8a8', '#ffc078', '#ffa94d', '#ff922b'], ['#c2410c', '#a8380a', '#933109', '#7c2a08']),
    yellow: withReadableShades(['#fff9db', '#fff3bf', '#ffec99', '#ffe066', '#ffd43b', '#fcc419'], ['#8a5a00', '#7a5000', '#6b4600', '#5c3c00']),
    blue: withReadableShades(['#e7f5ff', '#d0ebff', '#a5d8ff', '#74c0fc', '#4dabf7', '#339af0'], ['#1971c2', '#1864ab', '#145591', '#0f467a']),
    indigo: withReadableShades(['#edf2ff', '#dbe4ff', '#bac8ff', '#91a7ff', '#748ffc', '#5c7cfa'], ['#3b5bdb', '#364fc7', '#2f44ad', '#283a94']),
    gray: withReadableShades(['#f8f9fa', '#f1f3f5', '#e9ecef', '#dee2e6', '#ced4da', '#adb5bd'], ['#5c636a', '#495057', '#343a40', '#212529']),
  },
});
