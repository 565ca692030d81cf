import { columnFeedResponse } from '../_column-feed.ts';

export const GET = () => columnFeedResponse('guong-sang');
