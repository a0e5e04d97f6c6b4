// The plain parts of credit reports, without schemas (browsers read them from `@credit-kit/contract/plain`).

/**
 * A credit report's number (信用报告编号): `XYBG`, the issue date, and eight characters that are neither
 * `I` nor `O` (so a number read aloud or typed from paper is not mistaken).
 */
export const reportNumberPattern = /^XYBG\d{8}[0-9A-HJ-NP-Z]{8}$/;

/** The JWS media type a report is signed as; a receipt's signature never passes as a report's. */
export const reportJwsType = 'credit-report+jws';
