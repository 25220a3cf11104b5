"use client";

import { lazy, Suspense, useState } from "react";
import { OrgSwitcherFace, orgSwitcherLabel, ORG_SWITCHER_TRIGGER_CLASS, type OrgOption } from "./org-switcher-face";

const loadMenu = () => import("./org-switcher-menu");
const OrgSwitcherMenu = lazy(() => loadMenu().then((module) => ({ default: module.OrgSwitcherMenu })));

/**
 * The organization switcher. Every page shows it and few use it, so the menu and its library load when the
 * pointer or the focus comes to the button, and the first press opens the menu once it is there.
 */
export function OrgSwitcher({ current, organizations }: { current: OrgOption; organizations: OrgOption[] }) {
  const [wanted, setWanted] = useState(false);
  const button = (onClick?: () => void) => (
    <button
      type="button"
      className={ORG_SWITCHER_TRIGGER_CLASS}
      aria-label={orgSwitcherLabel(current)}
      aria-haspopup="menu"
      aria-expanded={false}
      onPointerEnter={() => void loadMenu()}
      onFocus={() => void loadMenu()}
      onClick={onClick}
    >
      <OrgSwitcherFace current={current} />
    </button>
  );
  if (!wanted) return button(() => setWanted(true));
  return (
    <Suspense fallback={button()}>
      <OrgSwitcherMenu current={current} organizations={organizations} />
    </Suspense>
  );
}
