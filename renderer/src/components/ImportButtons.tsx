export type ImportButtonsProps = {
  onImportFiles(): void;
  onImportFolder(): void;
  disabled?: boolean;
};

export function ImportButtons({ onImportFiles, onImportFolder, disabled = false }: ImportButtonsProps) {
  return (
    <>
      <button type="button" className="button" onClick={onImportFiles} disabled={disabled}>
        Import files…
      </button>
      <button type="button" className="button" onClick={onImportFolder} disabled={disabled}>
        Import folder…
      </button>
    </>
  );
}
