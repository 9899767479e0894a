// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>
#include <QPair>
#include <QString>
#include <QVector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

/**
 * Small dialog that requests the reason for a dispatch action, and for a merge the
 * incident to merge into.
 *
 * It opens with the reason field focused: Return confirms and Escape cancels. When the
 * reason is required, OK stays disabled while the field is blank.
 */
class GwReasonDialog : public QDialog
{
    Q_OBJECT

  public:
    GwReasonDialog( const QString &title, const QString &prompt, bool reasonRequired, QWidget *parent = nullptr );

    /**
     * Adds a choice list above the reason, labelled \a label, of (id, text) pairs; the
     * first entry is selected. An empty list leaves the dialog without a choice.
     */
    void setChoices( const QString &label, const QVector<QPair<qint64, QString>> &choices );

    //! Returns the reason with surrounding white space removed.
    QString reason() const;

    //! Returns the id of the selected choice, or 0 without choices.
    qint64 choice() const;

    QLineEdit *reasonEdit() const { return mReasonEdit; }

  private:
    void updateOkButton();

    bool mReasonRequired = false;
    QLabel *mChoiceLabel = nullptr;
    QComboBox *mChoices = nullptr;
    QLineEdit *mReasonEdit = nullptr;
    QDialogButtonBox *mButtons = nullptr;
};
