"""From scores to the argument: the best spanning tree (``spanning``), the paragraph plan of an
op-ed (``opeds``) and the roles the tree implies (``roles``)."""
