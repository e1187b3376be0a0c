import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useLanguage } from '../../i18n/useLanguage';
import { useSession } from '../auth';
import { programmeAccess, type ProgrammeAccess } from './programme-access';
import { MyProgrammesQuery } from './programmes.graphql';

export interface ProgrammeOption {
  value: string;
  label: string;
}

export interface ProgrammeScope extends ProgrammeAccess {
  /** Programmes the user coordinates. */
  coordinatedIds: string[];
  /** Programmes the user may assign volunteers to: admins all, coordinators their own. */
  assignable: ProgrammeOption[];
  /** Every programme, for filters. */
  all: ProgrammeOption[];
  loading: boolean;
  error: unknown;
}

/** What the signed-in user may do with programmes, and the programmes they may work in. */
export function useProgrammeScope(): ProgrammeScope {
  const { user } = useSession();
  const { locale } = useLanguage();
  const { data, loading, error } = useQuery(MyProgrammesQuery, {
    variables: { locale },
    fetchPolicy: 'cache-and-network',
  });
  const roles = user?.roles ?? [];
  return useMemo(() => {
    const mine = data?.me?.programmes ?? [];
    const coordinatedIds = mine.map((p) => p.id);
    const all = (data?.programmeOptions.edges ?? []).map(({ node }) => ({
      value: node.id,
      label: node.name,
    }));
    const isAdmin = roles.includes('ADMIN');
    return {
      ...programmeAccess(roles, coordinatedIds),
      coordinatedIds,
      assignable: isAdmin ? all : all.filter((p) => coordinatedIds.includes(p.value)),
      all,
      loading: loading && !data,
      error: error ?? null,
    };
    // roles is a new array each render; its content is what matters.
  }, [data, loading, error, roles.join(',')]);
}
