#pragma once

#include <QLineEdit>

// A field for a login code that takes whatever is typed or pasted, a whole SMS text included, and
// keeps only the code's digits.
class CodeField : public QLineEdit
{
    Q_OBJECT

public:
    explicit CodeField(QWidget *parent = nullptr);

    void setCodeLength(int length);
    int codeLength() const { return m_codeLength; }
    QString code() const { return text(); }
    bool isComplete() const { return text().size() == m_codeLength; }

    // The code in `text`: a group of exactly `length` digits when there is one (so that the
    // "5" of "valid 5 minutes" in a pasted message does not count), otherwise the first `length`
    // digits.
    static QString digitsFrom(const QString &text, int length);

private:
    void clean(const QString &typed);

    int m_codeLength = 6;
};
