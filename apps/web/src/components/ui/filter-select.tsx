/** The classes of a control in a filter bar. */
export const FILTER_CONTROL_CLASSES = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

interface FilterSelectProps {
  id: string;
  label: string;
  /** The query parameter the filter bar's GET form sends. */
  name: string;
  value: string;
  /** The label of the empty choice that means "no filter". */
  any: string;
  options: readonly { value: string; label: string }[];
}

/** One labelled select of a filter bar whose form submits to the URL. */
export function FilterSelect({ id, label, name, value, any, options }: FilterSelectProps) {
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={FILTER_CONTROL_CLASSES}>
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
