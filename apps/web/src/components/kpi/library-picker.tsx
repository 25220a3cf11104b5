"use client";

import Link from "@/components/ui/link";
import { Search, SquarePen } from "lucide-react";
import { useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import {
  CADENCE_LABELS,
  DURATION_UNIT_LABELS,
  KPI_CATEGORIES,
  KPI_CATEGORY_LABELS,
  KPI_DIRECTION_LABELS,
  KPI_LIBRARY,
  KPI_UNIT_LABELS,
  type KpiTemplate,
} from "@tally/domain";

function facts(template: KpiTemplate): string {
  const unit = template.unit === "duration" && template.durationUnit ? `${KPI_UNIT_LABELS.duration} (${DURATION_UNIT_LABELS[template.durationUnit].toLowerCase()})` : KPI_UNIT_LABELS[template.unit];
  return [unit, KPI_DIRECTION_LABELS[template.direction].toLowerCase(), CADENCE_LABELS[template.cadence].toLowerCase()].join(" · ");
}

function matches(template: KpiTemplate, query: string): boolean {
  const haystack = [template.name, KPI_CATEGORY_LABELS[template.category], template.formula ?? "", template.description].join(" ").toLowerCase();
  return query.split(/\s+/).every((word) => haystack.includes(word));
}

/**
 * The KPI library of PRODUCT §7, searchable and grouped by category. Each template is a link that opens
 * the form pre-filled; arrow keys move between them, and from the search box into the list.
 */
export function LibraryPicker({ baseHref }: { baseHref: string }) {
  const [query, setQuery] = useState("");
  const listRef = useRef<HTMLDivElement>(null);
  const countId = useId();
  const normalized = query.trim().toLowerCase();
  const groups = useMemo(
    () =>
      KPI_CATEGORIES.map((category) => ({
        category,
        templates: KPI_LIBRARY.filter((template) => template.category === category && (!normalized || matches(template, normalized))),
      })).filter((group) => group.templates.length > 0),
    [normalized],
  );
  const count = groups.reduce((sum, group) => sum + group.templates.length, 0);

  const move = (event: KeyboardEvent, from: "search" | "list") => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const links = [...(listRef.current?.querySelectorAll<HTMLAnchorElement>("a[data-template]") ?? [])];
    if (links.length === 0) return;
    event.preventDefault();
    const current = from === "list" ? links.indexOf(document.activeElement as HTMLAnchorElement) : -1;
    const next = event.key === "ArrowDown" ? Math.min(links.length - 1, current + 1) : current - 1;
    if (next < 0) document.getElementById(`${countId}-search`)?.focus();
    else links[next]?.focus();
  };

  return (
    <div className="flex flex-col gap-6">
      <Link
        href={`${baseHref}?template=scratch`}
        className="flex items-center gap-3 rounded-xl border border-dashed border-slate-300 bg-surface p-4 text-sm hover:border-brand-500 hover:bg-brand-50"
      >
        <SquarePen aria-hidden className="size-5 text-brand-600" />
        <span>
          <span className="block font-medium text-slate-900">Start from scratch</span>
          <span className="text-slate-600">An empty form, for a KPI the library does not have.</span>
        </span>
      </Link>

      <section aria-labelledby={`${countId}-heading`} className="flex flex-col gap-4">
        <h2 id={`${countId}-heading`} className="text-base font-semibold text-slate-900">
          Or start from the KPI library
        </h2>
        <div className="relative max-w-md">
          <Search aria-hidden className="pointer-events-none absolute left-3 top-2.5 size-4 text-slate-400" />
          <label htmlFor={`${countId}-search`} className="sr-only">
            Search the KPI library
          </label>
          <input
            id={`${countId}-search`}
            type="search"
            value={query}
            placeholder="Search by name, category or formula"
            autoComplete="off"
            aria-describedby={countId}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => move(event, "search")}
            className="w-full rounded-md border border-slate-300 bg-surface py-2 pl-9 pr-3 text-sm shadow-xs focus:outline-2 focus:outline-brand-500"
          />
        </div>
        <p id={countId} role="status" className="text-xs text-slate-500">
          {count === 0 ? `No template matches “${query.trim()}”. Start from scratch instead.` : `${count} ${count === 1 ? "template" : "templates"}`}
        </p>
        <div ref={listRef} className="flex flex-col gap-6" onKeyDown={(event) => move(event, "list")}>
          {groups.map((group) => (
            <section key={group.category} aria-labelledby={`${countId}-${group.category}`}>
              <h3 id={`${countId}-${group.category}`} className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">
                {KPI_CATEGORY_LABELS[group.category]}
              </h3>
              <ul className="grid gap-2 sm:grid-cols-2">
                {group.templates.map((template) => (
                  <li key={template.key}>
                    <Link
                      data-template={template.key}
                      href={`${baseHref}?template=${encodeURIComponent(template.key)}`}
                      className="block h-full rounded-lg border border-slate-200 bg-surface p-3 text-sm hover:border-brand-500 hover:bg-brand-50"
                    >
                      <span className="block font-medium text-slate-900">{template.name}</span>
                      <span className="block text-xs text-slate-600">{facts(template)}</span>
                      {template.formula && <span className="mt-1 block text-xs text-slate-500">{template.formula}</span>}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </section>
    </div>
  );
}
