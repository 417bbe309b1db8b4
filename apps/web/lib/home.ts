/** The home page's title and description (also the site's defaults). */
export const HOME_TITLE = 'mini-ev: electric MINI figures with sources, and honest calculators';
export const HOME_DESCRIPTION =
  'Range at motorway speed and in winter, charging times from real charging curves, running cost and trip stops for every electric MINI, with a source for every figure.';
