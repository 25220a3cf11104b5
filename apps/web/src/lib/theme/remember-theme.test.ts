import { describe, expect, it } from "vitest";
import { isTheme, rememberThemeScript, THEME_STORAGE_KEY } from "./remember-theme";

/** Runs the script against a stand-in for the browser's localStorage. */
function run(script: string, localStorage: Pick<Storage, "setItem">): void {
  new Function("localStorage", script)(localStorage);
}

describe("rememberThemeScript", () => {
  it("stores the theme under next-themes' key", () => {
    const stored = new Map<string, string>();
    run(rememberThemeScript("dark"), { setItem: (key, value) => void stored.set(key, value) });
    expect(stored.get(THEME_STORAGE_KEY)).toBe("dark");
    run(rememberThemeScript("system"), { setItem: (key, value) => void stored.set(key, value) });
    expect(stored.get(THEME_STORAGE_KEY)).toBe("system");
  });

  it("lets the page go on when storage is refused (private mode, blocked cookies)", () => {
    expect(() =>
      run(rememberThemeScript("light"), {
        setItem: () => {
          throw new DOMException("denied", "SecurityError");
        },
      }),
    ).not.toThrow();
  });

  it("refuses anything but the three themes", () => {
    expect(() => rememberThemeScript("</script><script>alert(1)</script>" as never)).toThrow();
  });
});

describe("isTheme", () => {
  it("knows system, light and dark only", () => {
    expect(["system", "light", "dark"].every(isTheme)).toBe(true);
    expect(isTheme("sepia")).toBe(false);
    expect(isTheme(undefined)).toBe(false);
  });
});
