import type { Tlp } from '../domain/briefing';

/** The FIRST TLP 2.0 colours: the label is set in this colour on a black background. */
export const TLP_COLORS: Record<Tlp, string> = {
  'TLP:CLEAR': 'FFFFFF',
  'TLP:GREEN': '33FF00',
  'TLP:AMBER': 'FFC000',
  'TLP:AMBER+STRICT': 'FFC000',
  'TLP:RED': 'FF2B2B',
};
