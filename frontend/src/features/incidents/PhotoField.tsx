import { type ChangeEvent, useEffect, useId, useState } from "react";
import { formatSize } from "../../i18n/format";
import { useT } from "../../i18n/i18n";
import { Icon } from "../../ui/icons";

export const MAX_PHOTO_BYTES = 20 * 1024 * 1024;

/** The picture's address on this page while it is shown. */
function useObjectUrl(file: Blob | null): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!file) return;
    const href = URL.createObjectURL(file);
    setUrl(href);
    return () => {
      URL.revokeObjectURL(href);
      setUrl(undefined);
    };
  }, [file]);
  return url;
}

/**
 * One photo of what was seen: taken with the camera, or chosen among the phone's pictures
 * (screenshots), shown before it is sent and removable.
 */
export function PhotoField({
  photo,
  onChange,
  error,
}: {
  photo: File | null;
  onChange: (photo: File | null) => void;
  error?: string;
}) {
  const t = useT();
  const id = useId();
  const url = useObjectUrl(photo);
  const [tooBig, setTooBig] = useState<string | null>(null);

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    if (file.size > MAX_PHOTO_BYTES) {
      setTooBig(t("report.photoTooBig", { name: file.name }));
      return;
    }
    setTooBig(null);
    onChange(file);
  }

  const problem = tooBig ?? error;
  return (
    <fieldset className="photo-field" aria-describedby={`${id}-hint`}>
      <legend>{t("report.photo")}</legend>
      {photo ? (
        <figure className="photo-chosen">
          {url ? <img src={url} alt={t("report.photoAlt")} /> : null}
          <figcaption>
            <span className="photo-name">{photo.name}</span>
            <span className="muted small">{formatSize(photo.size)}</span>
          </figcaption>
          <button type="button" className="button" onClick={() => onChange(null)}>
            <Icon name="close" />
            {t("report.photoRemove")}
          </button>
        </figure>
      ) : (
        <div className="photo-buttons">
          <input
            id={`${id}-camera`}
            type="file"
            accept="image/*"
            capture="environment"
            className="visually-hidden"
            onChange={choose}
          />
          <label htmlFor={`${id}-camera`} className="button">
            <Icon name="camera" />
            {t("report.photoCamera")}
          </label>
          <input
            id={`${id}-gallery`}
            type="file"
            accept="image/*"
            className="visually-hidden"
            onChange={choose}
          />
          <label htmlFor={`${id}-gallery`} className="button">
            <Icon name="image" />
            {t("report.photoGallery")}
          </label>
        </div>
      )}
      <p id={`${id}-hint`} className="hint">
        {t("report.photoHint")}
      </p>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
