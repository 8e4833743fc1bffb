import azf from '@azure/functions';
import { loadConfig } from './config.js';
import { purgeExpiredCandidates } from './features/hiring/index.js';
import { buildRoutes } from './http/routes.js';
import { createServices, type Services } from './services.js';

/**
 * Azure Functions entry: registers every route of the table with `app.http`. Services are created
 * on the first request so that registration stays synchronous, as the host requires.
 */
const config = loadConfig();
if (config.auth.mode === 'dev') throw new Error('AUTH_MODE=dev is refused when running in Azure Functions.');

let services: Promise<Services> | undefined;
const getServices = (): Promise<Services> => (services ??= createServices(config));

for (const route of buildRoutes(getServices, { dev: false })) {
  azf.app.http(route.name, {
    methods: route.methods,
    route: route.route,
    authLevel: 'anonymous',
    handler: route.handler,
  });
}

// Housekeeping: every night, delete the data of candidates whose retention period has ended.
azf.app.timer('housekeeping-candidates', {
  schedule: '0 30 2 * * *',
  handler: async () => {
    const purged = await purgeExpiredCandidates((await getServices()).store);
    if (purged > 0) console.warn(`Housekeeping: deleted the data of ${purged} candidate(s) past retention.`);
  },
});
