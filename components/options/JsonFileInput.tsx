/** A labelled picker for one JSON file; cleared after each pick, so choosing the same file again is seen too. */
export function JsonFileInput({ label, name, onFile }: { label: string; name: string; onFile: (file: File) => void }) {
  return (
    <label>
      {label}
      <input
        type="file"
        name={name}
        accept="application/json,.json"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
