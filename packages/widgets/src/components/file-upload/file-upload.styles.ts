import { css } from 'lit';
import * as t from '../../internal/theme.styles.js';

export const fileUploadStyles = css`
  .label {
    font-weight: 600;
  }
  .dropzone {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em ${t.space};
    padding: ${t.space};
    border: 2px dashed ${t.colorBorder};
    border-radius: ${t.radius};
    background: ${t.colorSurfaceAlt};
  }
  .dropzone.dragging {
    border-color: ${t.colorAccent};
    background: ${t.tintInfo};
  }
  .drop-hint {
    color: ${t.colorTextMuted};
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .refusals li {
    margin-top: 0.25em;
  }
  .files {
    display: grid;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  .file {
    padding: 0.5em ${t.space};
    border: ${t.borderWidth} solid;
    border-color: ${t.colorBorder};
    border-inline-start: 4px solid ${t.colorBorder};
    border-radius: ${t.radius};
    min-width: 0;
  }
  .file.done {
    border-inline-start-color: ${t.colorSuccess};
  }
  .file.failed {
    border-inline-start-color: ${t.colorDanger};
  }
  .file-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${t.space};
  }
  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .size,
  .checksum {
    color: ${t.colorTextMuted};
  }
  .done .state {
    color: ${t.colorSuccess};
  }
  .failed .state {
    color: ${t.colorDanger};
    font-weight: 600;
  }
  .checksum {
    font-size: 0.875em;
  }
  code {
    overflow-wrap: anywhere;
    word-break: break-all;
  }
  progress {
    width: 100%;
    max-width: 32em;
    accent-color: ${t.colorAccent};
  }
  [part~='actions'] {
    margin-top: 0.25em;
  }
`;
