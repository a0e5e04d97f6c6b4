import { css, html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { FieldMessages, SignatureMessages } from './i18n/zh-CN.js';
import { SignaturePad } from './signature-pad.js';
import * as t from './theme.styles.js';

export type SignatureMode = 'draw' | 'keyboard';

/** What a signature group shows and reports: the mode, the drawing, the typed name. */
export interface SignatureFieldOptions {
  mode: SignatureMode;
  /** The signer's name, shown as the typed signature in keyboard mode. */
  signerName: string;
  /** A saved drawing (PNG data URL) to show again, e.g. from a draft. */
  image: string | undefined;
  error?: string | undefined;
  messages: SignatureMessages & FieldMessages;
  onMode: (mode: SignatureMode) => void;
  onImage: (image: string | undefined) => void;
}

/**
 * Holds the drawing pad of one form: attaches it to the canvas Lit renders (again after a mode
 * switch), and clears it on request.
 */
export class SignatureControl {
  private pad?: SignaturePad;

  attach(canvas: Element | undefined, image: string | undefined, onImage: (image: string | undefined) => void): void {
    if (!(canvas instanceof HTMLCanvasElement) || this.pad?.canvas === canvas) return;
    this.pad = new SignaturePad(canvas, onImage);
    this.pad.show(image);
  }

  clear(): void {
    this.pad?.clear();
  }

  /**
   * The signature group (drawn, or the typed name for keyboard users), optional. The mode button has
   * id `signature-mode`: an error summary links there.
   */
  render(f: SignatureFieldOptions): TemplateResult {
    const keyboard = f.mode === 'keyboard';
    const m = f.messages;
    return html`<div
      part="signature"
      class="signature field ${f.error ? 'invalid' : ''}"
      role="group"
      aria-labelledby="signature-label"
    >
      <span id="signature-label" part="label" class="label"
        >${m.signature} <span class="hint">${m.optional}</span></span
      >
      ${
        f.error
          ? html`<div part="error" id="signature-error">
              <span class="visually-hidden">${m.errorPrefix}</span>${f.error}
            </div>`
          : nothing
      }
      <p part="help-text" id="signature-help">${keyboard ? m.typedHelp : m.drawHelp}</p>
      ${
        keyboard
          ? html`<p class="typed-signature" aria-hidden="true">${f.signerName}</p>`
          : html`<canvas
              ${ref((el) => this.attach(el, f.image, f.onImage))}
              width="480"
              height="160"
              role="img"
              aria-label=${m.canvasLabel}
              aria-describedby="signature-help"
            ></canvas>`
      }
      <div part="actions">
        <button type="button" id="signature-mode" @click=${() => f.onMode(keyboard ? 'draw' : 'keyboard')}>
          ${keyboard ? m.useDrawing : m.useKeyboard}
        </button>
        ${keyboard ? nothing : html`<button type="button" @click=${() => this.clear()}>${m.clearSignature}</button>`}
      </div>
    </div>`;
  }
}

/** The drawing box and the typed signature. */
export const signatureStyles = css`
  .label {
    font-weight: 600;
  }
  canvas {
    display: block;
    width: 100%;
    max-width: 480px;
    aspect-ratio: 3 / 1;
    border: ${t.borderWidth} dashed;
    border-color: ${t.colorBorder};
    border-radius: ${t.radius};
    background: #ffffff;
    touch-action: none;
    cursor: crosshair;
  }
  .typed-signature {
    margin: 0;
    font-family: 'STKaiti', 'KaiTi', 'Kaiti SC', cursive;
    font-size: 1.8em;
    min-height: 1.5em;
    border-bottom: ${t.borderWidth} solid;
    border-bottom-color: ${t.colorBorder};
    max-width: 480px;
  }
`;
