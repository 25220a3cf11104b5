/**
 * The first stop of the Tab key on every signed-in page: keyboard and screen-reader users jump past the
 * navigation straight to the page's own content (a `<main id="main" tabIndex={-1}>`).
 */
export function SkipLink() {
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-[60] focus:rounded-md focus:bg-surface focus:px-4 focus:py-2 focus:text-sm focus:font-medium focus:text-brand-700 focus:shadow-lg"
    >
      Skip to content
    </a>
  );
}
