#pragma once

#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

// A part of the home page as it sits there: in a scroll area that lets it grow downwards only,
// with the room a maximised 1366×768 window gives it beside the scroll bar. Shown at once; the
// part is handed back (not deleted) when this goes.
class PartArea
{
public:
    static constexpr int Room = 940;

    explicit PartArea(QWidget *part)
    {
        m_area.setWidgetResizable(true);
        m_area.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_area.setFrameShape(QFrame::NoFrame);
        m_area.setWidget(part);
        m_area.resize(Room + m_area.verticalScrollBar()->sizeHint().width(), 520);
        m_area.show();
    }
    ~PartArea() { m_area.takeWidget(); }
    PartArea(const PartArea &) = delete;
    PartArea &operator=(const PartArea &) = delete;

    bool isExposed() { return QTest::qWaitForWindowExposed(&m_area); }
    QScrollArea &area() { return m_area; }

private:
    QScrollArea m_area;
};
