/** The classes of a control in a filter bar (full width on a phone, where the bar stacks). */
export const FILTER_CONTROL_CLASSES = "w-full min-w-0 rounded-md border border-slate-300 bg-surface px-3 py-2 text-sm sm:w-auto";

interface FilterSelectProps {
  id: string;
  label: string;
  /** The address parameter it sets: the bar is also a GET form, for a page that has not started its scripts yet. */
  name: string;
  /** The chosen value; "" is the empty choice. */
  value: string;
  /** Called with the new value as soon as the person picks it: filters apply without an Apply button. */
  onValueChange: (value: string) => void;
  /** The label of the empty choice that means "no filter". */
  any: string;
  options: readonly { value: string; label: string }[];
}

/** One labelled select of a filter bar; the page keeps the choice in the address. */
export function FilterSelect({ id, label, name, value, onValueChange, any, options }: FilterSelectProps) {
  return (
    <div className="flex min-w-0 flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} name={name} value={value} onChange={(event) => onValueChange(event.target.value)} className={FILTER_CONTROL_CLASSES}>
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
