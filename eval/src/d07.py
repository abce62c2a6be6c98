from lib import *
T = """SFO Annual Report and Accounts 2018-2019

23 Jul 2019 01:36 PM

The SFO Annual Report and Accounts 2018-2019 was today laid before Parliament.

Statement from the Director

I present the Annual Report for the Serious Fraud Office for the reporting year 2018-19.

I became Director in August 2018. Since my arrival, I have worked closely with the SFO’s determined and dedicated staff: immersing myself in our casework and considering, with colleagues, how we will meet the challenges of a shrinking world and a constantly evolving technological landscape. We must keep pace with these challenges and remain focused on our fight against fraud and corruption that does significant harm to its victims, the public and the reputation of the United Kingdom as a safe place to do business.

Immediately prior to my arrival, the Chief Operating Officer, Mark Thompson, had been the SFO’s Interim Director. I want to thank Mark for his excellent work during that time, for his willingness to take on difficult issues and especially for his sincere commitment to the well-being and development of our staff.

During the year, we opened 11 new criminal investigations, five of which are now in the public domain. These include allegations of corruption related to Ultra Electronic Holdings’ conduct of business in Algeria, of false accounting at Patisserie Valerie, of investment fraud conducted by property developers in Liverpool and Manchester and by individuals associated with London Capital & Finance, and of biodiesel fuel trading irregularities at Greenergy.

We have charged eight individuals, including three former employees of Güralp Systems for conspiring to make corrupt payments to a Korean public official, four in connection with our investigation into alleged corrupt activities at Unaoil and one for alleged EURIBOR rate rigging."""
doc("sfo-annual-report-2018-19",
 "https://www.wired-gov.net/wg/news.nsf/print/SFO+Annual+Report+and+Accounts+20182019+23072019150500 (copy of a Serious Fraud Office news item, 2019-07-23, with the opening of the Director's statement in the Annual Report; stops before 'Given our caseload...')",
 T,
 [("Organisation","Serious Fraud Office","SFO"),
  ("Organisation","Parliament"),
  ("Person","Mark Thompson","Mark"),
  ("Organisation","Ultra Electronic Holdings"),("Organisation","Patisserie Valerie"),
  ("Organisation","London Capital & Finance"),("Organisation","Greenergy"),
  ("Organisation","Güralp Systems"),("Organisation","Unaoil"),
  ("Place","United Kingdom"),("Place","Algeria"),("Place","Liverpool"),("Place","Manchester")],
 roles=[("Mark Thompson","Chief Operating Officer","Serious Fraud Office"),("Mark Thompson","Interim Director","Serious Fraud Office")],
 stats=[("11 new criminal investigations",11,"count","new criminal investigations opened by the SFO","2018-19",None,"Serious Fraud Office"),
        ("five of which",5,"count","new criminal investigations now in the public domain","2018-19",None,"Serious Fraud Office"),
        ("eight individuals",8,"count","individuals charged by the SFO","2018-19",None,"Serious Fraud Office"),
        ("three former employees of Güralp Systems",3,"count","former Güralp Systems employees charged with conspiring to make corrupt payments","2018-19",None,"Serious Fraud Office"),
        ("four in connection with our investigation",4,"count","individuals charged in the Unaoil corruption investigation","2018-19",None,"Serious Fraud Office"),
        ("one for alleged EURIBOR rate rigging",1,"count","individual charged for alleged EURIBOR rate rigging","2018-19",None,"Serious Fraud Office")])
