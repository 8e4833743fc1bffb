import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { normalizeLocale } from './locale';
import { fluentThemeFor, toThemeName } from './theme';

describe('Teams theme mapping', () => {
  it('maps each Teams theme to its Fluent theme', () => {
    expect(fluentThemeFor(toThemeName('default'))).toBe(teamsLightTheme);
    expect(fluentThemeFor(toThemeName('dark'))).toBe(teamsDarkTheme);
    expect(fluentThemeFor(toThemeName('contrast'))).toBe(teamsHighContrastTheme);
  });

  it('falls back to the light theme for names it does not know', () => {
    expect(toThemeName('sepia')).toBe('default');
    expect(toThemeName(undefined)).toBe('default');
  });
});

describe('Teams locale', () => {
  it('turns host locales into tags Intl accepts', () => {
    expect(normalizeLocale('en-us')).toBe('en-US');
    expect(normalizeLocale('de_DE')).toBe('de-DE');
  });

  it('falls back to en-US when the host sends nothing usable', () => {
    expect(normalizeLocale('')).toBe('en-US');
    expect(normalizeLocale('not a locale!')).toBe('en-US');
  });
});
