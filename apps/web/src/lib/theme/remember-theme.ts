import { THEMES, type Theme } from "@tally/domain";

/** Where next-themes keeps the chosen theme in the browser. */
export const THEME_STORAGE_KEY = "theme";

export function isTheme(value: unknown): value is Theme {
  return typeof value === "string" && (THEMES as readonly string[]).includes(value);
}

/**
 * An inline script for the top of the page that writes the account's theme where next-themes' own script
 * looks first. Run before it, the choice stored with the account wins over whatever this browser chose
 * last (another account, or before a change on another device), and a visitor's page follows the system.
 */
export function rememberThemeScript(theme: Theme): string {
  // Refuses anything outside the three names, so nothing else can ever be written into the page.
  if (!isTheme(theme)) throw new Error(`Unknown theme: ${String(theme)}`);
  return `try{localStorage.setItem(${JSON.stringify(THEME_STORAGE_KEY)},${JSON.stringify(theme)})}catch(e){}`;
}
