/**
 * What other features show on a unit's page (the strategy feature: the KPIs and projects the unit
 * leads or supports). Features do not import each other: the unit page renders this slot, and app/
 * fills it where it mounts the page, so the liaison feature knows nothing of the strategic plan.
 */
import { createContext, useContext, type ReactNode } from 'react';

/** Renders the other features' sections of one unit: `(unitCode) => <UnitStrategySection … />`. */
export type UnitPageSectionsRender = (unitCode: string) => ReactNode;

const UnitPageSectionsContext = createContext<UnitPageSectionsRender | null>(null);

/** Given by app/ around the unit page: the sections to show after the unit's own. */
export const UnitPageSectionsProvider = UnitPageSectionsContext.Provider;

/** The sections app/ gave for this unit, or nothing. */
export function UnitPageSections({ unitCode }: { unitCode: string }) {
  const render = useContext(UnitPageSectionsContext);
  return render ? render(unitCode) : null;
}
