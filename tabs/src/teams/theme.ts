import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';
import type { ThemeName } from './context';

/** Reads a theme name from the host; anything unknown counts as the default (light) theme. */
export function toThemeName(raw: string | null | undefined): ThemeName {
  return raw === 'dark' || raw === 'contrast' ? raw : 'default';
}

/** The Fluent theme that matches a Teams theme. */
export function fluentThemeFor(name: ThemeName): Theme {
  switch (name) {
    case 'dark':
      return teamsDarkTheme;
    case 'contrast':
      return teamsHighContrastTheme;
    default:
      return teamsLightTheme;
  }
}
