import { readFileSync } from 'node:fs';
import { parsePolicy, type Policy } from '@credit-kit/contract';

/** A policy file that cannot be used, with every problem named by its field. */
export class PolicyFileError extends Error {}

/**
 * A region's policy from a JSON file: the fields it changes laid over the defaults, validated. Refuses
 * the whole file, naming the file and each bad field, rather than serve with half a policy.
 */
export function loadPolicyFile(file: string): Policy {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new PolicyFileError(`policy file ${file}: ${(error as Error).message}`);
  }
  const result = parsePolicy(json);
  if (result.ok) return result.policy;
  throw new PolicyFileError(
    `policy file ${file} is not valid:\n${result.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`,
  );
}

/** The policy a server runs with: `policy` given in code, else the file in CREDIT_POLICY, else undefined (the defaults). */
export const policyFromEnv = (env = process.env): Policy | undefined =>
  env.CREDIT_POLICY ? loadPolicyFile(env.CREDIT_POLICY) : undefined;
