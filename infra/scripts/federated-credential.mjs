// Makes the Entra app trust the Function App's user-assigned managed identity (the one infra/azure.bicep
// creates for the Teams activity feed) through a federated identity credential, so the API's
// on-behalf-of exchange proves the app with that identity's token instead of a client secret.
// Run by teamsapp.yml provision after arm/deploy: `node infra/scripts/federated-credential.mjs`, with
// AAD_APP_OBJECT_ID, AAD_APP_TENANT_ID and FEED_IDENTITY_PRINCIPAL_ID in the environment.
//
// Bicep here deploys to a resource group and cannot reach Entra, and aad.manifest.json has no place for
// federated credentials, so this step uses the Azure CLI (signed in with `az login`, as the deploy
// stage needs too) as the owner of the app that aadApp/create made. Running it again changes nothing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The credential's name on the app registration. */
export const CREDENTIAL_NAME = 'coachboard-activity-feed';
/** The audience Entra expects in a managed identity's token used as a client assertion. */
export const TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The variables the step needs, checked; throws naming every missing or malformed one. */
export function readInputs(env) {
  const names = ['AAD_APP_OBJECT_ID', 'AAD_APP_TENANT_ID', 'FEED_IDENTITY_PRINCIPAL_ID'];
  const bad = names.filter((name) => !GUID.test(env[name] ?? ''));
  if (bad.length > 0) throw new Error(`federated credential: ${bad.join(', ')} must be set to a GUID`);
  return {
    appObjectId: env.AAD_APP_OBJECT_ID,
    tenantId: env.AAD_APP_TENANT_ID,
    principalId: env.FEED_IDENTITY_PRINCIPAL_ID,
  };
}

/**
 * The federated identity credential that trusts a managed identity: tokens Entra issued in the app's
 * tenant (issuer), for that identity's service principal (subject), meant for the token exchange.
 */
export function credentialFor({ tenantId, principalId }) {
  return {
    name: CREDENTIAL_NAME,
    issuer: `https://login.microsoftonline.com/${tenantId}/v2.0`,
    subject: principalId,
    audiences: [TOKEN_EXCHANGE_AUDIENCE],
    description: 'Coachboard API (Azure Functions) sending Teams activity notifications on behalf of the caller',
  };
}

const sameTrust = (a, b) =>
  a.issuer === b.issuer &&
  a.subject === b.subject &&
  JSON.stringify([...(a.audiences ?? [])].sort()) === JSON.stringify([...b.audiences].sort());

/** What to do given the app's current credentials: keep, update (ours changed) or create. */
export function plan(existing, wanted) {
  if (existing.some((c) => sameTrust(c, wanted))) return { action: 'keep' };
  const ours = existing.find((c) => c.name === wanted.name);
  return ours ? { action: 'update', id: ours.id ?? ours.name } : { action: 'create' };
}

function az(args) {
  // On Windows the CLI is az.cmd, which only a shell starts; the arguments hold no shell syntax.
  return execFileSync('az', args, { encoding: 'utf8', shell: process.platform === 'win32' });
}

export function ensureCredential(env = process.env, run = az) {
  const inputs = readInputs(env);
  const wanted = credentialFor(inputs);
  const existing = JSON.parse(
    run(['ad', 'app', 'federated-credential', 'list', '--id', inputs.appObjectId, '--output', 'json']) || '[]',
  );
  const step = plan(existing, wanted);
  if (step.action === 'keep') return step;
  // The parameters go through a file: JSON on a Windows command line would need shell quoting.
  const dir = mkdtempSync(join(tmpdir(), 'coachboard-fic-'));
  try {
    const file = join(dir, 'credential.json');
    writeFileSync(file, JSON.stringify(wanted));
    const base = ['ad', 'app', 'federated-credential', step.action, '--id', inputs.appObjectId];
    const target = step.action === 'update' ? ['--federated-credential-id', step.id] : [];
    run([...base, ...target, '--parameters', `@${file}`, '--output', 'none']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return step;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { action } = ensureCredential();
    const said = { keep: 'already trusts', update: 'now trusts (updated)', create: 'now trusts' };
    console.log(`The Entra app ${said[action]} the activity feed's managed identity.`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
