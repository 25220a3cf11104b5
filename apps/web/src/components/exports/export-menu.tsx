"use client";

import { lazy, Suspense, useState } from "react";
import { buttonClasses } from "@/components/ui/button-classes";
import { ExportMenuFace, type ExportMenuProps } from "./export-menu-face";

export type { ExportChoice } from "./export-menu-face";

const loadDropdown = () => import("./export-menu-dropdown");
const ExportMenuDropdown = lazy(() => loadDropdown().then((module) => ({ default: module.ExportMenuDropdown })));

/**
 * A menu of downloads: each choice is a plain link, so the browser streams the file however large it is. The
 * menu and its library load when the pointer or the focus comes to the button; the first press opens it.
 */
export function ExportMenu(props: ExportMenuProps) {
  const [wanted, setWanted] = useState(false);
  const button = (onClick?: () => void) => (
    <button
      type="button"
      className={buttonClasses("secondary")}
      aria-haspopup="menu"
      aria-expanded={false}
      onPointerEnter={() => void loadDropdown()}
      onFocus={() => void loadDropdown()}
      onClick={onClick}
    >
      <ExportMenuFace label={props.label} />
    </button>
  );
  if (!wanted) return button(() => setWanted(true));
  return (
    <Suspense fallback={button()}>
      <ExportMenuDropdown {...props} />
    </Suspense>
  );
}
