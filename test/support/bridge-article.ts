// A short article of our own, far from the site's topic, for the draft tests (integration and e2e).
export const BRIDGE_ARTICLE = [
  'The Harbour Bridge Repairs',
  'In March 2021, the city council of Port Elmore closed the harbour bridge for repairs after engineers found cracks in two of its steel cables.',
  'The chief engineer, Maria Okafor, said the cables had corroded faster than expected because of salt spray from the winter storms.',
  'The repairs cost 14 million dollars and took eight months, during which ferries carried commuters across the harbour every twenty minutes.',
  'When the bridge reopened in November 2021, the council announced that every cable would now be inspected twice a year.',
  'Mayor Daniel Brandt thanked the ferry crews. "They kept this city moving when the bridge could not," Brandt said at the reopening.',
  'The opposition leader, Priya Raman, criticised the delay. "The council knew about the corrosion in 2019 and did nothing," Raman told reporters.',
  'Traffic on the bridge returned to its usual level of 40,000 vehicles a day by January 2022, according to the transport department.',
  'The bridge was first opened in 1932 by the city engineer, Walter Finch, and carried trams until 1958.',
  'Maria Okafor told the council in April 2021 that the old cables would be replaced with galvanised ones, which resist salt far better.',
].join('\n\n');
