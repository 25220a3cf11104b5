"use client";

import { useCallback } from "react";
import { debounce, useQueryStates, type Nullable, type UrlKeys, type UseQueryStatesKeysMap, type Values } from "nuqs";
import { useFilterTransition } from "./filter-transition";

/** Typing in a search box waits this long after the last key before the list is asked for again. */
export const SEARCH_DEBOUNCE_MS = 300;

type FilterPatch<P extends UseQueryStatesKeysMap> = Partial<Nullable<Values<P>>>;

/**
 * A list's filters, read from and written to the address with the page's own parsers. A change applies at once
 * (or after a pause in typing, with `debounced`), goes back to the first page, and re-renders the server page
 * (`shallow: false`) inside the shared transition so the list shows that it is loading.
 */
export function useUrlFilters<P extends UseQueryStatesKeysMap & { page: unknown }>(parsers: P, urlKeys: UrlKeys<P>) {
  const { startTransition } = useFilterTransition();
  const [values, setValues] = useQueryStates(parsers, { urlKeys, shallow: false, scroll: false, startTransition });
  const update = useCallback(
    (patch: FilterPatch<P>, { debounced = false }: { debounced?: boolean } = {}) => {
      void setValues({ ...patch, page: null } as FilterPatch<P>, debounced ? { limitUrlUpdates: debounce(SEARCH_DEBOUNCE_MS) } : {});
    },
    [setValues],
  );
  return [values, update] as const;
}
