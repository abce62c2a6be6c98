from lib import *
T = """Official Statistics

Hate crime, England and Wales, 2019 to 2020

Updated 28 October 2020

Frequency of release: Annual

Forthcoming release: Home Office statistics release calendar

Home Office responsible statistician: John Flatley

Press enquires: pressoffice@homeoffice.gov.uk, Telephone: 020 7035 3535

Public enquires: crimeandpolicestats@homeoffice.gov.uk

This release contains statistics about hate crime offences recorded by the police in England and Wales and estimated by the Crime Survey for England and Wales (CSEW).

Key results

  • in year ending March 2020, there were 105,090 hate crimes recorded by the police in England and Wales, excluding Greater Manchester police, an increase of 8 per cent compared with year ending March 2019 (97,446 offences)
  • increases in police recorded hate crime in recent years have been driven by improvements in crime recording and a better identification of what constitutes a hate crime
  • in contrast, the CSEW which is not affected by changes in crime recording, shows a long-term decline in hate crime, with a 38% fall in these incidents between the combined year ending March 2008 and year ending March 2009 and the combined year ending March 2018, year ending March 2019 and year ending March 2020 surveys.

1. Introduction

1.1 Overview

This statistical bulletin provides information on the number of hate crimes recorded by the police in England and Wales in year ending March 2020. Data for Greater Manchester Police have not been included in this bulletin as they have been unable to supply data following the implementation of a new IT system in July 2019.

Estimates on the number of hate crime incidents are also presented from the Crime Survey for England and Wales for the combined survey years of year ending March 2018, year ending March 2019 and year ending March 2020."""
doc("ho-hate-crime-ye-march-2020",
 "https://gov.uk/government/statistics/hate-crime-england-and-wales-2019-to-2020/hate-crime-england-and-wales-2019-to-2020 (Home Office Official Statistics bulletin, 2020-10-13, updated 2020-10-28; header and contact lines kept as stored, furniture: no entities; stops before the paragraph on the Covid-19 annex)",
 T,
 [("Policy","Hate crime, England and Wales","Hate crime, England and Wales, 2019 to 2020"),
  ("Policy","Crime Survey for England and Wales","CSEW"),
  ("Policy","police recorded hate crime"),
  ("Organisation","Greater Manchester Police","Greater Manchester police"),
  ("Place","England and Wales")],
 stats=[("105,090 hate crimes",105090,"count","hate crimes recorded by the police, excluding Greater Manchester Police","year ending March 2020","England and Wales",None),
        ("an increase of 8 per cent",8,"percent","increase in police recorded hate crimes compared with year ending March 2019","year ending March 2020","England and Wales",None),
        ("97,446 offences",97446,"count","hate crimes recorded by the police","year ending March 2019","England and Wales",None),
        ("a 38% fall",38,"percent","fall in hate crime incidents measured by the CSEW","between the combined years ending March 2008 and 2009 and the combined years ending March 2018 to 2020","England and Wales","Crime Survey for England and Wales")])
