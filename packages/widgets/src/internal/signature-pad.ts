/**
 * Freehand drawing on a canvas with pointer events (mouse, touch, stylus). Reports the drawing as a
 * PNG data URL after each stroke; the form offers a typed signature for keyboard users.
 */
export class SignaturePad {
  private last: { x: number; y: number } | undefined;
  private readonly context: CanvasRenderingContext2D | null;

  constructor(
    readonly canvas: HTMLCanvasElement,
    private readonly onChange: (image: string | undefined) => void,
  ) {
    this.context = canvas.getContext('2d');
    canvas.addEventListener('pointerdown', this.down);
    canvas.addEventListener('pointermove', this.move);
    canvas.addEventListener('pointerup', this.up);
    canvas.addEventListener('pointercancel', this.up);
  }

  /** Shows a saved drawing (a restored draft). */
  show(image: string | undefined): void {
    this.wipe();
    if (!image) return;
    const img = new Image();
    img.onload = () => this.context?.drawImage(img, 0, 0);
    img.src = image;
  }

  clear(): void {
    this.wipe();
    this.onChange(undefined);
  }

  private wipe(): void {
    this.context?.clearRect(0, 0, this.canvas.width, this.canvas.height);
  }

  private point(event: PointerEvent) {
    const rect = this.canvas.getBoundingClientRect();
    return {
      x: ((event.clientX - rect.left) * this.canvas.width) / (rect.width || 1),
      y: ((event.clientY - rect.top) * this.canvas.height) / (rect.height || 1),
    };
  }

  private readonly down = (event: PointerEvent) => {
    event.preventDefault();
    // Keeps the stroke when the pointer leaves the box; a pointer already gone cannot be captured.
    try {
      this.canvas.setPointerCapture(event.pointerId);
    } catch {
      // Drawing still works inside the box.
    }
    this.last = this.point(event);
    this.line(this.last, { x: this.last.x + 0.1, y: this.last.y + 0.1 });
  };

  private readonly move = (event: PointerEvent) => {
    if (!this.last) return;
    const next = this.point(event);
    this.line(this.last, next);
    this.last = next;
  };

  private readonly up = () => {
    if (!this.last) return;
    this.last = undefined;
    this.onChange(this.canvas.toDataURL('image/png'));
  };

  private line(from: { x: number; y: number }, to: { x: number; y: number }): void {
    const c = this.context;
    if (!c) return;
    c.lineWidth = 3;
    c.lineCap = 'round';
    // Dark ink on the canvas's white paper in every theme, so a printed receipt shows it.
    c.strokeStyle = '#111';
    c.beginPath();
    c.moveTo(from.x, from.y);
    c.lineTo(to.x, to.y);
    c.stroke();
  }
}
