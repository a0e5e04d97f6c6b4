import type { Transport } from '../transport.js';

/** Base of every resource: holds the shared transport. */
export abstract class Resource {
  protected readonly http: Transport;

  constructor(http: Transport) {
    this.http = http;
  }
}
