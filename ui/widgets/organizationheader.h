#pragma once

#include <QWidget>

class QLabel;
struct OrganizationInfo;

// The care organisation's logo and name, so people see at once whose portal they sign in to.
class OrganizationHeader : public QWidget
{
    Q_OBJECT

public:
    explicit OrganizationHeader(QWidget *parent = nullptr);

    void setOrganization(const OrganizationInfo &organization, const QImage &logo);

private:
    QLabel *m_logo;
    QLabel *m_name;
};
