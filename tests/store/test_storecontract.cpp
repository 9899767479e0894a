// SPDX-License-Identifier: GPL-2.0-or-later
// Runs the store contract against every backend this build has.

#include "gwstorecontract.h"

#include <QCoreApplication>
#include <QTemporaryDir>

int main( int argc, char **argv )
{
  QCoreApplication app( argc, argv );

  QTemporaryDir folder;
  if ( !folder.isValid() )
    return 1;
  int counter = 0;
  QString lastPath;

  GwStoreBackend geoPackage;
  geoPackage.name = QStringLiteral( "GeoPackage" );
  geoPackage.createEmpty = [&]( QString *error ) {
    lastPath = folder.filePath( QStringLiteral( "contract-%1.gpkg" ).arg( ++counter ) );
    return GwStore::create( lastPath, error );
  };
  geoPackage.reopen = [&]( QString *error ) {
    return GwStore::open( lastPath, error );
  };

  GwStoreContract contract( geoPackage );
  return QTest::qExec( &contract, argc, argv );
}
