/** The supervision app's routes: `/` the dashboards (`?tab=score` the score), `/display` the hall screen (public). */
import { createRouter } from '../shared/router';

export const { navigate, usePath, href } = createRouter('/supervision');
