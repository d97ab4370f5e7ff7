/** What each level of the plan editor receives: its row, how to change or remove it, and where it is. */
export interface RowEditorProps<Row> {
  value: Row;
  onChange: (value: Row) => void;
  onRemove: () => void;
  /** Its position in words, e.g. "problem 1, goal 2": in legends and button names. */
  at: string;
}

export interface SelectOption {
  value: string;
  label: string;
}

/** Replaces item `index` of a list (the editor's state is immutable). */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((existing, i) => (i === index ? item : existing));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
