import { useMutation, useQuery } from '@tanstack/react-query';
import type { DevUser } from '../../lib/api';
import { useApi } from '../../lib/apiContext';
import { useTeams } from '../../teams/context';

/** The demo people the local sign-in offers (dev mode of the API only). */
export function useDevUsers() {
  const api = useApi();
  return useQuery({ queryKey: ['dev', 'users'], queryFn: () => api.listDevUsers(), staleTime: Infinity });
}

/** Signs in locally as a demo user: asks the API for a token and starts the local session. */
export function useLocalSignIn() {
  const api = useApi();
  const { local } = useTeams();
  return useMutation({
    mutationFn: async (user: DevUser) => ({ user, issued: await api.createDevToken(user.userId) }),
    onSuccess: ({ user, issued }) => {
      local?.signIn(issued.token, issued.expiresInSec, {
        tenantId: user.tenantId,
        userId: user.userId,
        name: user.name,
        title: user.title,
      });
    },
  });
}
