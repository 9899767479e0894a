// SPDX-License-Identifier: GPL-2.0-or-later
#include "gwreasondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace
{
  // Wide enough for a one-sentence reason without scrolling.
  constexpr int MINIMUM_WIDTH = 520;
}

GwReasonDialog::GwReasonDialog( const QString &title, const QString &prompt, bool reasonRequired, QWidget *parent )
  : QDialog( parent )
  , mReasonRequired( reasonRequired )
{
  setWindowTitle( title );
  setMinimumWidth( MINIMUM_WIDTH );

  QLabel *promptLabel = new QLabel( prompt, this );
  promptLabel->setWordWrap( true );

  mChoiceLabel = new QLabel( this );
  mChoices = new QComboBox( this );
  mChoiceLabel->setBuddy( mChoices );
  mChoiceLabel->hide();
  mChoices->hide();

  mReasonEdit = new QLineEdit( this );
  mReasonEdit->setObjectName( QStringLiteral( "reason" ) );
  mReasonEdit->setPlaceholderText( reasonRequired ? tr( "Reason (required)" ) : tr( "Reason (optional)" ) );
  mReasonEdit->setClearButtonEnabled( true );
  connect( mReasonEdit, &QLineEdit::textChanged, this, &GwReasonDialog::updateOkButton );

  mButtons = new QDialogButtonBox( QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this );
  connect( mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept );
  connect( mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject );

  QFormLayout *form = new QFormLayout;
  form->addRow( mChoiceLabel, mChoices );
  form->addRow( tr( "&Reason:" ), mReasonEdit );

  QVBoxLayout *layout = new QVBoxLayout( this );
  layout->addWidget( promptLabel );
  layout->addLayout( form );
  layout->addWidget( mButtons );

  // The choice list, when there is one, comes before the reason in the tab order but
  // the reason keeps the focus, because most merges take the first candidate.
  setTabOrder( mChoices, mReasonEdit );
  setTabOrder( mReasonEdit, mButtons );
  mReasonEdit->setFocus();
  updateOkButton();
}

void GwReasonDialog::setChoices( const QString &label, const QVector<QPair<qint64, QString>> &choices )
{
  mChoices->clear();
  for ( const QPair<qint64, QString> &choice : choices )
    mChoices->addItem( choice.second, choice.first );

  const bool visible = !choices.isEmpty();
  mChoiceLabel->setText( label );
  mChoiceLabel->setVisible( visible );
  mChoices->setVisible( visible );
  mReasonEdit->setFocus();
}

QString GwReasonDialog::reason() const
{
  return mReasonEdit->text().trimmed();
}

qint64 GwReasonDialog::choice() const
{
  if ( mChoices->count() == 0 )
    return 0;
  return mChoices->currentData().toLongLong();
}

void GwReasonDialog::updateOkButton()
{
  mButtons->button( QDialogButtonBox::Ok )->setEnabled( !mReasonRequired || !reason().isEmpty() );
}
