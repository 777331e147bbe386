#pragma once

class QAbstractItemView;

// A screen reader selects an item (AT-SPI "Toggle") without moving the current index, while the
// view's reading pane or Open button follow the current index: this makes the current index follow
// a single selected item. Call again after setModel(), which replaces the selection model.
void followSelection(QAbstractItemView *view);
