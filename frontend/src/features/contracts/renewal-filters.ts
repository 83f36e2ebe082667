import { tierValues } from '../../api/schema';
import type { ListUrlCodec } from '../../components/list-url-state';
import type { RenewalFilters, Tier } from './api';

/** The horizons the page offers; the API takes any 1 to 730. */
export const WITHIN_OPTIONS = [30, 60, 90, 180, 365] as const;
export const DEFAULT_WITHIN = 90;

/** `?within=180&ownerId=…&tier=KEY`; defaults are left out of the URL. */
export const renewalFiltersCodec: ListUrlCodec<RenewalFilters> = {
  parse: (sp) => {
    const within = Number(sp.get('within'));
    return {
      within: (WITHIN_OPTIONS as readonly number[]).includes(within) ? within : DEFAULT_WITHIN,
      ownerId: sp.getAll('ownerId'),
      tier: sp.getAll('tier').filter((t): t is Tier => (tierValues as readonly string[]).includes(t)),
    };
  },
  serialize: (f) => {
    const sp = new URLSearchParams();
    if (f.within !== DEFAULT_WITHIN) sp.set('within', String(f.within));
    f.ownerId.forEach((id) => sp.append('ownerId', id));
    f.tier.forEach((t) => sp.append('tier', t));
    return sp;
  },
};
