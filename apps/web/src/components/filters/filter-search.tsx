import { Search } from "lucide-react";

interface FilterSearchProps {
  id: string;
  value: string;
  placeholder: string;
  /** Called on every keystroke; the filter bar decides when the list follows (after a pause in typing). */
  onValueChange: (value: string) => void;
}

/** The search box of a filter bar: labelled, full width on a phone, the widest control from small screens up. */
export function FilterSearch({ id, value, placeholder, onValueChange }: FilterSearchProps) {
  return (
    <div className="col-span-2 flex min-w-0 flex-col gap-1.5 sm:min-w-56 sm:flex-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        Search
      </label>
      <div className="relative">
        <Search aria-hidden className="absolute left-3 top-2.5 size-4 text-slate-500" />
        <input
          id={id}
          name="search"
          type="search"
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          placeholder={placeholder}
          className="w-full rounded-md border border-slate-300 bg-surface py-2 pl-9 pr-3 text-sm"
        />
      </div>
    </div>
  );
}
