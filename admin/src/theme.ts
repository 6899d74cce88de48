import { defaultLightTheme, type RaThemeOptions } from 'react-admin';

/**
 * System fonts only (the console runs offline: no Google Fonts, no CDN), with the common Chinese
 * faces of macOS, Windows and Linux before the generic fallback.
 */
export const FONT_STACK = [
  '-apple-system',
  'BlinkMacSystemFont',
  '"PingFang SC"',
  '"Microsoft YaHei"',
  '"WenQuanYi Zen Hei"',
  '"Noto Sans CJK SC"',
  '"Segoe UI"',
  'sans-serif',
].join(', ');

export const theme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    ...defaultLightTheme.palette,
    primary: { main: '#b71c1c' },
    secondary: { main: '#8e1b1b' },
  },
  typography: {
    ...defaultLightTheme.typography,
    fontFamily: FONT_STACK,
  },
  components: {
    ...defaultLightTheme.components,
    // Tabs that do not fit (a branch's profile on a phone) scroll, with arrows that say there is more.
    MuiTabs: { defaultProps: { variant: 'scrollable', scrollButtons: 'auto', allowScrollButtonsMobile: true } },
    RaLogin: {
      styleOverrides: {
        root: { backgroundImage: 'radial-gradient(circle at 50% 14em, #c62828 0%, #7f0000 60%, #4a0000 100%)' },
      },
    },
  } as RaThemeOptions['components'],
};
