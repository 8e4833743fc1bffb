import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { createApiClient } from '../lib/api';
import { ApiContext } from '../lib/apiContext';
import { createQueryClient } from '../lib/queryClient';
import { useTeams } from '../teams/context';

/** One query cache per signed-in user: switching users never shows the previous user's data. */
function UserQueryRoot({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

/** Provides the typed API client (token from the Teams layer) and the server-state cache. */
export function ApiRoot({ children }: { children: ReactNode }) {
  const { getToken, local } = useTeams();
  const signOut = local?.signOut;
  const client = useMemo(
    () => createApiClient({ getToken, ...(signOut ? { onUnauthorized: () => signOut('expired') } : {}) }),
    [getToken, signOut],
  );
  const userKey = local ? (local.user?.userId ?? 'signed-out') : 'teams';
  return (
    <ApiContext.Provider value={client}>
      <UserQueryRoot key={userKey}>{children}</UserQueryRoot>
    </ApiContext.Provider>
  );
}
