import { describe, expect, it } from "vitest";
import { lazyChunkUrls, scriptUrls } from "./first-load-js.mjs";

describe("scriptUrls", () => {
  it("takes script tags and script preloads once each, and leaves out nomodule polyfills and other preloads", () => {
    const html = [
      '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>',
      '<link rel="preload" as="font" href="/font.woff2"/>',
      '<link rel="modulepreload" href="/_next/static/chunks/module.js"/>',
      '<script src="/_next/static/chunks/page.js" async=""></script>',
      '<script src="/_next/static/chunks/main.js" async=""></script>',
      '<script src="/_next/static/chunks/polyfills.js" noModule="" nonce="x"></script>',
      "<script>self.__next_f.push([1,\"inline\"])</script>",
    ].join("");
    expect(scriptUrls(html)).toEqual(["/_next/static/chunks/page.js", "/_next/static/chunks/main.js", "/_next/static/chunks/module.js"]);
  });
});

describe("lazyChunkUrls", () => {
  it("finds the chunks each dynamic import of a chunk loads", () => {
    const source =
      'e.v(t=>Promise.all(["static/chunks/chart.js","static/chunks/shared.js"].map(t=>e.l(t))).then(()=>t(1)))},2,e=>{e.v(t=>Promise.all(["static/chunks/form.js","static/chunks/shared.js"].map(t=>e.l(t))))';
    expect(lazyChunkUrls(source)).toEqual(["/_next/static/chunks/chart.js", "/_next/static/chunks/shared.js", "/_next/static/chunks/form.js"]);
  });

  it("finds none in a chunk without dynamic imports", () => {
    expect(lazyChunkUrls('console.log("static/chunks/not-a-list.js")')).toEqual([]);
  });
});
